[3,2,1].sort(function c(a,b){ return c(a,b) });
