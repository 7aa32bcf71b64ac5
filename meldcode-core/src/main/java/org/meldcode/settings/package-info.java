/**
 * A school's settings: the choices the protocol leaves to the school, such as its Veilig Thuis
 * contact and the deadlines of the steps ({@link org.meldcode.settings.SchoolSettings}).
 */
package org.meldcode.settings;
