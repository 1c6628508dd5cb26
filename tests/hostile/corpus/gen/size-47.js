new Array(1e7).fill(0).map(function(){return new Array(100)});
