var a = 1;
ğŸ˜ print(a);
