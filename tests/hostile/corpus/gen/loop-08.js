l: for(;;) { continue l };
