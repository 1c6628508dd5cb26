Array.apply(null, Array(1e9));
