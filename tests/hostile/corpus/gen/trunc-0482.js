try {
  try { throw new Error("firs