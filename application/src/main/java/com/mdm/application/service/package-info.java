/** Use-case services over the domain ports. */
package com.mdm.application.service;
