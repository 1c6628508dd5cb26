(-1e308).toFixed(20);
