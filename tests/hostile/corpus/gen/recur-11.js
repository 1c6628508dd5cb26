var o={toJSON(){return JSON.stringify(this)}}; JSON.stringify(o);
