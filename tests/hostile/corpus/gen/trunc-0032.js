// Map keys of every type stay distinct
const m = new Map();
const keys = [0