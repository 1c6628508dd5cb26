var o={valueOf(){return this*2}}; o*1;
