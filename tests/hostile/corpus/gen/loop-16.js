var i=0; for(;;) { i = (i + 1) | 0 };
