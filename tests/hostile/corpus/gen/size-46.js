[].concat.apply([], Array(1e7).fill([1,2,3]));
