for(var i=0;;i++){};
