package it.cuffia.outbound.application;

import java.io.Serializable;

/** A sale was cancelled, in the transaction that cancelled it: pay takes back what it had paid. */
public record SaleCancelled(Long saleId) implements Serializable {
}
