trigger CioCaseTrigger on Case(after insert, after update, after delete, after undelete) {
    CioTriggerDispatcher.run();
}
