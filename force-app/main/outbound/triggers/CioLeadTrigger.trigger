trigger CioLeadTrigger on Lead(after insert, after update, after delete, after undelete) {
    CioTriggerDispatcher.run();
}
