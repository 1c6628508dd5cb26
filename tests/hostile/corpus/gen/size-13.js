new Array(1.5);
