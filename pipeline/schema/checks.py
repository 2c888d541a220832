"""The shape of rules/checks.yaml and rules/reference.yaml: the checks, their parameters, and the reference tables."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from .base import Count, Positive, Regex, Strict, Word, Words, placeholders

# --------------------------------------------------------------------------- rules/checks.yaml


class Check(Strict):
    enabled: bool = True
    name: Word | None = None  # the Chinese name an analyst reads (the key is the machine name)
    severity: Literal["error", "warning", "info"]
    message: Word  # a template the check fills; its fields are checked by pipeline/checks/


class PartPair(Strict):
    part: Word
    whole: Word


class PartExceedsWhole(Check):
    pairs: list[PartPair]
    part_cue: Regex
    list_break: Regex
    part_opens: Regex
    count_head_chars: Positive
    fixed_label: Regex
    found_cue: Regex
    later_stage: Regex  # a label of only a later stage (开工建设) of the things counted before (招商项目)
    earlier_stage: Regex
    value_added: Regex
    gross_output: Regex
    bracket_whole: Regex  # the whole in brackets right after its part (48名(共46名))


class PartsFamily(Strict):
    whole: Word
    parts: Annotated[list[Word], Field(min_length=2)]


class PartsSumMismatch(Check):
    families: list[PartsFamily]
    tolerance_share: Annotated[float, Field(ge=0, lt=1)]


class GrowthOutsideParts(Check):
    families: list[PartsFamily]  # the growth rates of a whole and of its parts
    tolerance_points: Annotated[float, Field(ge=0)]


class OverfulfilledBelowGoal(Check):
    claim_after: Regex  # 超额完成 right after the rate
    claim_before: Regex  # 超额完成 opening the rate's clause


class NestedThresholds(Check):
    bound_after: Regex
    bound_in: Regex
    to_count: Regex
    not_measure: Regex


class AreaBeyondRegion(Check):
    region: Words  # the indicators of the region's own area (gov.area)
    not_within: Regex  # a label naming an area that may lie or count beyond the region (辐射带动, 播种: crops sown twice)
    tolerance_share: Annotated[float, Field(ge=0)]


class PersonsHouseholds(Check):
    message: dict[str, Word]  # one message a case
    max_persons_per_household: Positive
    joiner: Regex
    households_unit: Word
    persons_unit: Word


class RateOutOfRange(Check):
    rate_words: Words
    growth_words: Words
    unbounded_words: Words
    unbounded_measures: Words


class SharesExceedWhole(Check):
    share_cue: Regex
    whole_cue: Regex
    list_gap: Regex
    max_total: float


class EarlierPeriodAsResult(Check):
    reference_cue: Regex
    object_cue: Regex
    review_since: Regex  # after the year a paragraph opens a review since (2021年以来)
    in_reviews_delivered_later: bool  # also in a report written after its period (a 政府工作报告)


class ConflictingRestatement(Check):
    skip_label: Regex
    min_label_chars: Positive
    unstated_caliber: Regex


class EstimateBelowResult(Check):
    baseline: Regex


class TotalMismatch(Check):
    total_cue: Regex
    breakdown_cue: Regex
    item_break: Regex
    min_parts: Positive
    bracket_partial: Regex
    bracket_near: float


class ListedCountMismatch(Check):
    message: dict[str, Word]  # one message a case: the things counted named before the count or after it
    list_clause: Regex
    item_joiner: Regex
    last_joiner: Regex
    open_list: Regex
    item: Regex
    counted_after: Regex
    named_after: Regex  # the things counted named after the count (签约四个项目,分别是A、B和C)
    clause_end: Regex
    list_comma: Regex
    list_over: Regex  # after a comma ending the list, a clause opening so is no item of it


class ChangeMismatch(Check):
    level_measures: Words
    bare_changes: Words  # a change labelled only so (增收2765万元) is the change of the level before it
    item_break: Regex
    tolerance_points: float


class DaysBeyondPeriod(Check):
    day_units: Words
    days_counted: Regex


class PlanYearSlip(Check):
    written: Regex  # groups year, plan and which: a year called the first or last of a five-year plan
    first_words: Words  # which names the plan's first year (开局); any other its last (收官)


class DailyAverageMismatch(Check):
    per_day: Regex  # between a total and its average: the average is per day
    per_month: Regex  # …or per month
    part_cue: Regex  # …or of a part of the period only (其中, 节假日): no check
    total_measures: Words  # the measures of a total
    working_share: float  # the share of a period's days that are working days
    tolerance: float


class RankContradicted(Check):
    message: dict[str, Word]  # one message a case: what the rank numbers say (rose, fell, same)
    written: Regex  # groups first, move and last: a place in a ranking moving from one rank to another
    rising: Words  # moves that are a rise (to a smaller rank number)
    falling: Words


class AverageGrowthMismatch(Check):
    item_break: Regex
    tolerance_points: float


class CompletionMismatch(Check):
    goal_before: Regex
    item_break: Regex
    tolerance_points: float


class ShareMismatch(Check):
    whole_named: Regex
    whole_before: Regex
    whole_after: Regex
    item_break: Regex
    tolerance_points: float


class RatioNotWhole(Check):
    written: Regex  # groups label and ratio: a whole's shares written as a ratio of its parts
    then: Regex  # group ratio: the ratio the first was changed into
    part: Regex
    tolerance_points: float


class CumulativeShrinks(Check):
    cumulative_cue: Regex


class GrowthMismatch(Check):
    tolerance_points: float


class OutlierAcrossTowns(Check):
    min_towns: Positive
    max_robust_z: float
    min_times: float
    min_mad: float
    few_towns: Positive  # fewer towns than min_towns, down to this many: only the measures below, by ratio alone
    few_towns_measures: Words
    few_towns_min_times: float
    county_level_suffixes: Words


class CopiedAcrossTowns(Check):
    min_figures: Positive
    min_similarity: float
    place_suffix: Regex
    town_mask: Word
    place_word: Word


class RepeatedFromPrevious(Check):
    min_repeats: Positive
    min_significant_digits: Positive
    measures: Words


class CheckTable(Strict):
    """One entry a check; each key is the name of a check registered in pipeline/checks/."""

    part_exceeds_whole: PartExceedsWhole | None = None
    nested_thresholds: NestedThresholds | None = None
    persons_households: PersonsHouseholds | None = None
    area_beyond_region: AreaBeyondRegion | None = None
    rate_out_of_range: RateOutOfRange | None = None
    range_inverted: Check | None = None
    overfulfilled_below_goal: OverfulfilledBelowGoal | None = None
    shares_exceed_whole: SharesExceedWhole | None = None
    period_not_over: Check | None = None
    days_beyond_period: DaysBeyondPeriod | None = None
    plan_year_slip: PlanYearSlip | None = None
    earlier_period_as_result: EarlierPeriodAsResult | None = None
    conflicting_restatement: ConflictingRestatement | None = None
    estimate_below_result: EstimateBelowResult | None = None
    total_mismatch: TotalMismatch | None = None
    listed_count_mismatch: ListedCountMismatch | None = None
    daily_average_mismatch: DailyAverageMismatch | None = None
    parts_sum_mismatch: PartsSumMismatch | None = None
    growth_outside_parts: GrowthOutsideParts | None = None
    change_mismatch: ChangeMismatch | None = None
    average_growth_mismatch: AverageGrowthMismatch | None = None
    completion_mismatch: CompletionMismatch | None = None
    share_mismatch: ShareMismatch | None = None
    rank_contradicted: RankContradicted | None = None
    ratio_not_whole: RatioNotWhole | None = None
    cumulative_shrinks: CumulativeShrinks | None = None
    half_exceeds_year: Check | None = None
    growth_mismatch: GrowthMismatch | None = None
    outlier_across_towns: OutlierAcrossTowns | None = None
    copied_across_towns: CopiedAcrossTowns | None = None
    repeated_from_previous: RepeatedFromPrevious | None = None


class ReferenceNotes(Strict):
    preliminary: str
    revised: str
    other_version: Annotated[str, AfterValidator(placeholders(frozenset({"status", "value", "source"})))]
    caliber_agrees: Annotated[str, AfterValidator(placeholders(frozenset({"caliber"})))]
    caliber_differs: Annotated[str, AfterValidator(placeholders(frozenset({"mine", "theirs"})))]
    all_units: Word


class ReportVsOfficial(Check):
    """报告数与统计数不一致 (pipeline/reference/); its message fields are checked there."""

    error_share: Annotated[float, Field(gt=0)]
    warning_share: Annotated[float, Field(gt=0)]
    error_points: Annotated[float, Field(gt=0)]
    warning_points: Annotated[float, Field(gt=0)]
    min_label_similarity: Annotated[float, Field(ge=0, le=1)]
    max_extra_chars: Count
    calibers: dict[str, Words]
    notes: ReferenceNotes


class ReferenceChecks(Strict):
    """Checks against official figures, run by pipeline/publish.py through pipeline/reference/."""

    report_vs_official: ReportVsOfficial


class CheckMeasureCue(Strict):
    measure: Word
    cue: Regex


class CheckReading(Strict):
    """How the checks read what a figure measures and when, where its fields do not say (pipeline/checks/)."""

    measures: list[CheckMeasureCue]
    plain_measures: Words
    additive: Words
    additive_percent: Words
    inherited_by_parts: Words
    subset_parts: Words
    to_value: Regex
    from_cue: Regex
    from_to: Regex
    list_joiner: Regex
    span_cue: Regex
    goal_lead: Regex
    label_filler: Regex
    running_total: Regex


class ChecksFile(Strict):
    severity_names: dict[Literal["error", "warning", "info"], Word]  # the Chinese word an analyst reads for each
    about_tolerance: Annotated[float, Field(ge=0)]
    reading: CheckReading
    checks: CheckTable
    reference_checks: ReferenceChecks | None = None


# --------------------------------------------------------------------------- rules/reference.yaml


class ReferenceColumns(Strict):
    area: Words
    period: Words
    indicator: Words
    value: Words
    unit: Words
    note: Words


class ReferenceFile(Strict):
    table_suffixes: Words
    columns: ReferenceColumns
    preliminary: Words
    revised: Words
    label_noise: Regex
    measure_words: Words
    start_cue: Regex
    plan_label: Regex
    areas: list[Words]
