trigger CioContactTrigger on Contact(after insert, after update, after delete, after undelete) {
    CioTriggerDispatcher.run();
}
