var o={valueOf(){return +this}}; +o;
