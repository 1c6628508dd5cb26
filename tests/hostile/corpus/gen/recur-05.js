var o={get x(){return this.x}}; o.x;
