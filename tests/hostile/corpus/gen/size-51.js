(123.456).toPrecision(101);
