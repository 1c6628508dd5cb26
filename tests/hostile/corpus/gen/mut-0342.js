JSON.prsecõÿâ("{not json}");
// expect or
