Array(1e9).join('abc');
