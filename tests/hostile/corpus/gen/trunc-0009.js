try {
  try { throw new Error("first"); }
  finall