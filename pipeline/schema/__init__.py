"""The declared shape of every rules/*.yaml file: one pydantic model a file.

``rules.load`` validates each file against its model when it first reads it, so a
misspelt key, a list where a word was meant, a number written as text or a regex
that does not compile is reported at once, as one line naming the file and the
key (``rules/units.yaml: units[3].factor: expected a positive number``), never as
a KeyError deep in a stage. Unknown keys are errors (extra="forbid"), and nothing
is coerced (strict): ``flow: yes please`` is no boolean.

Adding a key to a rules file means declaring it in the module of its group, beside its neighbours:

base        -- the strict base model and the shared field types (a regex compiles, a template's placeholders)
figures     -- units.yaml, figures.yaml, exclusions.yaml
reports     -- reports.yaml, sections.yaml
labels      -- labels.yaml
periods     -- periods.yaml
indicators  -- indicators.yaml, measures.yaml
checks      -- checks.yaml, reference.yaml
store       -- store.yaml (duplicates, roster, corrections)
display     -- display.yaml (the Chinese words for machine values)
errors      -- a validation error as one line naming the file's key
"""

from .base import Strict
from .checks import ChecksFile, ReferenceFile
from .display import DisplayFile
from .errors import describe, where
from .figures import ExclusionsFile, FiguresFile, UnitsFile
from .indicators import IndicatorsFile, MeasuresFile
from .labels import LabelsFile
from .periods import PeriodsFile
from .reports import ReportsFile, SectionsFile
from .store import StoreFile

SCHEMAS: dict[str, type[Strict]] = {
    "measures": MeasuresFile,
    "periods": PeriodsFile,
    "checks": ChecksFile,
    "display": DisplayFile,
    "exclusions": ExclusionsFile,
    "figures": FiguresFile,
    "indicators": IndicatorsFile,
    "labels": LabelsFile,
    "reference": ReferenceFile,
    "reports": ReportsFile,
    "sections": SectionsFile,
    "store": StoreFile,
    "units": UnitsFile,
}

__all__ = ["SCHEMAS", "ChecksFile", "DisplayFile", "ExclusionsFile", "FiguresFile", "IndicatorsFile", "LabelsFile",
           "MeasuresFile", "PeriodsFile", "ReferenceFile", "ReportsFile", "SectionsFile", "Strict", "UnitsFile",
           "describe", "where"]
