var fns = [];
for (let i = 0; ; i++) {
  if (i === 4