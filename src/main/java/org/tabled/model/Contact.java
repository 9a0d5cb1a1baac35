package org.tabled.model;

/**
 * How to reach someone. Any part may be empty.
 *
 * @param email an email address
 * @param phone a telephone number as it should be printed
 * @param address a postal address, one line
 */
public record Contact(String email, String phone, String address) {
  public Contact {
    email = email == null ? "" : email;
    phone = phone == null ? "" : phone;
    address = address == null ? "" : address;
  }
}
