(0.1).toFixed(101);
