JSON.stringify(new Array(1e8));
