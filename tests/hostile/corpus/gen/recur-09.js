var o={toString(){return String(this)}}; String(o);
