/** The accessibility matcher registered by jest.setup.lwc.ts (@sa11y/jest, axe-core rules). */
declare namespace jest {
    interface Matchers<R> {
        toBeAccessible(): Promise<R>;
    }
}
