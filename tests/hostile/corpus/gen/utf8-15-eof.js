var a = 1;
ğŸ˜