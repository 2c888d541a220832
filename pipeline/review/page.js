(function(){
var D=JSON.parse(document.getElementById('zb-data').textContent),F=D.fig,G=D.flags,L=D.fields,B=D.brief,S=D.str;
var tip=document.getElementById('tip'),det=document.getElementById('detail'),sel=null,hits=[],cur=-1,step=0;
function el(t,c,x){var e=document.createElement(t);if(c)e.className=c;if(x!=null)e.textContent=x;return e;}
function card(id,full){var f=F[id],box=el('div','card'),t=el('table');box.appendChild(el('div','cs',S[f[0]]));
 for(var i=1;i<L.length;i++){if(!full&&B.indexOf(i)<0)continue;var v=S[f[i]];if(v===''||v==null){v='—';}
  var r=el('tr');r.appendChild(el('th',null,L[i]));r.appendChild(el('td',null,v));t.appendChild(r);}
 box.appendChild(t);var fl=f[L.length];
 if(fl.length){var u=el('ul','flags');fl.forEach(function(k){var li=el('li');
  var b=el('span','fb sv-'+G[k][0],'⚑'+(k+1)+' '+G[k][1]);
  b.dataset.g=k;li.appendChild(b);li.appendChild(el('span',null,' '+G[k][3]));u.appendChild(li);});box.appendChild(u);}
 return box;}
function show(node){det.textContent='';det.appendChild(node);}
function pick(id){var m=document.getElementById(id);if(!m||!F[id])return;if(sel)sel.classList.remove('sel');sel=m;
 m.classList.add('sel');tip.hidden=true;show(card(id,true));}
function go(){var m=hits[step];if(!m)return;m.scrollIntoView({block:'center'});
 var c=document.getElementById('fstep');
 if(c)c.textContent=(step+1)+' / '+hits.length+(hits.length>1?'，再次点击 ⚑ 跳到下一处':'');}
function flag(k){if(k===cur&&hits.length){step=(step+1)%hits.length;go();return;}
 hits.forEach(function(m){m.classList.remove('hit');});hits=[];cur=k;step=0;var g=G[k],box=el('div','card');
 var h=el('div','cs');h.appendChild(el('span','fb sv-'+g[0],'⚑'+(k+1)+' '+g[1]));box.appendChild(h);
 box.appendChild(el('p',null,g[3]));box.appendChild(el('p','muted',g[2]+' · '+g[4]));var u=el('ul','flags');
 g[5].forEach(function(it){var li=el('li');if(it[0]){var a=el('a',null,it[1]);a.href='#'+it[0];li.appendChild(a);
  var m=document.getElementById(it[0]);if(m){m.classList.add('hit');hits.push(m);}}
  else li.appendChild(el('span','muted',it[1]+'（表中无此数字）'));u.appendChild(li);});
 box.appendChild(u);var c=el('p','muted');c.id='fstep';box.appendChild(c);show(box);go();}
function href(a){return a.getAttribute('href')||a.getAttribute('xlink:href')||'';}
document.addEventListener('click',function(e){var t=e.target;if(!t.closest)return;
 var b=t.closest('[data-g]');if(b){flag(+b.dataset.g);e.preventDefault();return;}
 var m=t.closest('mark.f');if(m){pick(m.id);return;}
 var a=t.closest('a');if(a){var h=href(a);if(/^#f\d+-\d+$/.test(h))pick(h.slice(1));}});
document.addEventListener('mouseover',function(e){var t=e.target;if(!t.closest)return;var m=t.closest('mark.f,.sk');
 if(!m||m===sel){tip.hidden=true;return;}tip.textContent='';
 if(m.classList.contains('sk'))tip.appendChild(el('div',null,D.skip[m.dataset.r]||m.dataset.r));
 else tip.appendChild(card(m.id,false));
 var r=m.getBoundingClientRect();tip.hidden=false;var w=tip.offsetWidth;
 tip.style.left=Math.max(4,Math.min(r.left+window.scrollX,window.scrollX+document.documentElement.clientWidth-w-8))+'px';
 tip.style.top=(r.bottom+window.scrollY+6)+'px';});
function hash(){var h=location.hash.slice(1);if(F[h])pick(h);}
window.addEventListener('hashchange',hash);hash();
var fi=document.getElementById('fi'),ff=document.getElementById('ff'),fn=document.getElementById('fn');
function okFlag(list,v){if(!v)return true;return list.some(function(k){var g=G[k];
 return v==='any'||v==='s:'+g[0]||v==='c:'+g[6];});}
function filter(){var iv=fi.value,fv=ff.value,on=!!(iv||fv),n=0,reps={};document.body.classList.toggle('filtering',on);
 document.querySelectorAll('mark.f').forEach(function(m){var f=F[m.id];
  var ok=on&&(!iv||m.dataset.i===iv)&&okFlag(f[L.length],fv);m.classList.toggle('on',ok);
  if(ok){n++;reps[m.closest('.rep').id]=1;}});
 document.querySelectorAll('.rep').forEach(function(r){r.hidden=on&&!reps[r.id];});
 document.querySelectorAll('tr[data-rep]').forEach(function(r){r.hidden=on&&!reps[r.dataset.rep];});
 fn.textContent=on?('匹配 '+n+' 个数字，'+Object.keys(reps).length+' 份报告'):'';}
fi.addEventListener('change',filter);ff.addEventListener('change',filter);
document.getElementById('fs').addEventListener('change',function(e){document.body.classList.toggle('noskip',!e.target.checked);});
})();
