[1,2].forEach(function m(x){[x].forEach(m)});
