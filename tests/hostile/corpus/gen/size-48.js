Object.keys(new Array(1e8));
