while(true){};
