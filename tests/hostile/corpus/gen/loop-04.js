while(1){ var x = {} };
