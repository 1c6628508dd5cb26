[3,2,1].sort(function c(a,b){return [1,2].sort(c)});
