var a = 1;
À€