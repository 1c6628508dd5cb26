var o={toString(){return ''+this}}; ''+o;
