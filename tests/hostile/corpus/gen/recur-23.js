[1,2].reduce(function r(a,b){return [a,b].reduce(r)});
