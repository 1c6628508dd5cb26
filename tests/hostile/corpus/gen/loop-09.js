var o={get x(){ for(;;){} }}; o.x;
