for(;;){ 'x'.repeat(100) + 'y' };
