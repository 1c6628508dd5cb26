var f=()=>f(); f();
