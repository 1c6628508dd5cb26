[1,2].map(function m(x){return [x].map(m)});
