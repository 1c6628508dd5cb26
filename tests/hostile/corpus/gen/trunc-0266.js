var fns = [];
