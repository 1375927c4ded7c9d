//! The URL contract: parsing and writing the app's routes and query strings, with notices for
//! whatever part of a link is invalid. PLACEHOLDER until the app issue fills it in.
