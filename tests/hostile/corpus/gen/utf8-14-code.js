var a = 1;
â‚ print(a);
