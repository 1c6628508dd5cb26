var ağŸ˜b = 1;
