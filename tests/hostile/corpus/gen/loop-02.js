do{}while(1);
